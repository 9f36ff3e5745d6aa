// The kit's stylesheet is a side-effect import (`import 'kinship-kit/styles.css'`); this tells
// TypeScript it exists. Bundlers (Vite here) load the CSS.
declare module 'kinship-kit/styles.css';
