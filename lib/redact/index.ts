export { describeRedactions } from "./describe";
export { hasSecrets, redactSecrets, type RedactionResult } from "./redact";
export { secretRules, type Mask, type SecretRule } from "./rules";
export {
  redactionFindingSchema,
  secretKinds,
  secretKindSchema,
  type RedactionFinding,
  type RedactionLanguage,
  type SecretKind,
} from "./schema";
