/**
 * Imported first by main.ts: adds what Obsidian adds to the DOM and to JavaScript's built-ins
 * (`createEl`, `createDiv`, `el.empty()`, `el.addClass()`, `activeDocument`, `sleep`...), before any
 * module of the plugin runs. Stands in for the globals listed under
 * https://docs.obsidian.md/Reference/TypeScript+API/ (createEl, createDiv, createSpan, activeDocument...).
 */
import { setup } from "obsidian-test-mocks/setup";

setup();
