/**
 * The subsidy engine's public API: what the task pane and the IP.SUBSIDY custom function call.
 * Everything here is pure: no Office, no DOM, exact Money, civil day numbers.
 * @example import { applyProgrammes, BUILT_IN_PROGRAMMES, perCaseAmount } from "../core/subsidy";
 */
export { applyProgrammes } from "./apply";
export type { ApplyOptions } from "./apply";
export { BUILT_IN_PROGRAMMES } from "./built-in";
export { BUILT_IN_PROGRAMME_FIGURES } from "./built-in-figures";
export { EVENT_KINDS, parseEventKind, parseEventRightType, subsidyEvent } from "./events";
export type { EventKind, EventRightType, SubsidyEvent, SubsidyEventInput } from "./events";
export { jurisdictionGroupOf } from "./jurisdiction-group";
export { canonicalOffice } from "../offices/office-names";
export { loadProgrammeRows, loadProgrammes } from "./load-programmes";
export type { SubsidyOffset } from "./offset";
export type { OffsetPart } from "./outcome";
export { perCaseAmount } from "./per-case";
export type { PerCaseOptions } from "./per-case";
export { findProgramme } from "./programme";
export type { Programme, SubsidyRule } from "./programme";
