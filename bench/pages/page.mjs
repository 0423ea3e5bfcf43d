// The one HTML page every suite runs in: one contender's bundle renders into #root, laid out as the suite says.

/**
 * @param {{id: string, rootStyle: string}} suite  `rootStyle`: the declarations of #root (its layout)
 * @returns {string}
 */
export function benchPage({ id, rootStyle }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${id} bench</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; background: #fff; }
      #root { ${rootStyle} width: 724px; padding: 8px; background: #fff; }
    </style>
    <script type="module" src="./bundle.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
}
