/** The SVG of a drawn diagram while the server renders a page; undefined in the browser (src/plugins/diagrams). */
declare module '@docker101/diagram-markup' {
  export default function diagramMarkup(id: string, theme: string): string | undefined;
}
