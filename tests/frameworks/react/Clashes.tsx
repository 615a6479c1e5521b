import 'cifras';

export function Clashes({ state, limit }: { state: string; limit: number }) {
  return <cifras-clashes-by-state lang="es" highlight={state} limit={limit} />;
}
