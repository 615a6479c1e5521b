// Its own module, so that an element whose only use of it is in the lazy table view does not carry it.

/** A label as it starts a line, its first letter a capital: Spanish writes months in lower case ("nov 2018"). */
export const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
