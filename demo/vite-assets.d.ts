// Types of the asset imports the playground uses (Vite's `?no-inline`: the file's URL, never a data: URL).
declare module '*?no-inline' {
  const url: string;
  export default url;
}
