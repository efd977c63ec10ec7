/** The publics a journey starts from. */
export const PUBLICS = ['individual', 'business', 'public-body'] as const;
export type Public = (typeof PUBLICS)[number];

/** Severity of an outcome, from least to most serious. */
export const SEVERITIES = ['info', 'low', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The closed vocabulary of orientations shared by every app. */
export const ORIENTATION_IDS = [
  'emergency-17',
  'police-chat',
  'pharos',
  'thesee',
  'perceval',
  'spam-33700',
  'signal-spam',
  'info-escroqueries',
  'card-opposition',
  'bank',
  'cnil',
  'cert-fr',
  'csirt',
  'helpline-3018',
  'helpline-119',
  'france-victimes',
  'complaint',
  'provider',
] as const;
export type OrientationId = (typeof ORIENTATION_IDS)[number];

const ORIENTATION_SET: ReadonlySet<string> = new Set(ORIENTATION_IDS);

/** True when `id` belongs to the orientation vocabulary. */
export function isOrientationId(id: string): id is OrientationId {
  return ORIENTATION_SET.has(id);
}

/** Provider services a victim may need; the provider directory offers exactly these. */
export const SERVICE_IDS = [
  'incident-response',
  'ransomware-recovery',
  'malware-removal',
  'account-recovery',
  'data-recovery',
  'forensics',
  'website-repair',
  'network-security',
  'awareness-training',
  'email-security',
  'device-repair',
  'backup-setup',
  'security-audit',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];
