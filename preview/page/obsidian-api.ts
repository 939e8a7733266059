/**
 * What `import ... from "obsidian"` means in the preview bundle: the in-memory mocks, plus the few
 * functions the preview replaces (a local export wins over `export *`).
 */
export * from "obsidian-test-mocks/obsidian";
export { getIcon, getIconIds, setIcon } from "./shell/icons";
export { getLanguage } from "./shell/language";
export { sanitizeHTMLToDom } from "./shell/sanitize";
