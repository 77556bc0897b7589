// The waiver subsystem's public surface, for the CLI and the action. Must not add behaviour.

export { DEFAULT_WAIVER_FILE, parseWaivers, type ParsedWaivers, type ParseWaiverOptions } from './parse.js';
export { applyWaivers, waiverMatches, type AppliedWaivers, type FileIgnores, type InlineMatch } from './apply.js';
export { auditDiagnostics, auditWaivers, type AuditEntry, type AuditOptions, type WaiverAudit, type WaiverStatus } from './audit.js';
export { renderAuditJson, renderAuditMarkdown, renderAuditText } from './render.js';
export type { Waiver, WaiverMatch } from './types.js';
