/** The page's entry: Obsidian's globals first, then the shell, which loads the vault and the plugin. */
import "./globals";
import { startOrReport } from "./shell/start";

startOrReport();
