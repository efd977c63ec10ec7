export { renderDot } from './dot.ts';
export { renderMarkdown } from './markdown.ts';
