// What the JSX declarations in cifras-jsx.d.ts allow and refuse
// (type-checked by jsx-types.test.mjs; never run).
import { Clashes } from './Clashes.js';

export const component = <Clashes state="Michoacán" limit={5} />;
export const element = <cifras-clashes-by-state highlight="Sinaloa" limit={3} theme="dark" lang="en" className="wide" />;

// @ts-expect-error limit is a number
export const limitAsText = <cifras-clashes-by-state limit="5" />;

// @ts-expect-error a misspelt prop
export const misspelt = <cifras-clashes-by-state higlight="Sinaloa" />;
