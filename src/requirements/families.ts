/** The scenario families whose every request must get a response Alexa accepts: the RSP-* requirements judge them all. */
export const ANSWERING_FAMILIES = ['launch', 'actions', 'consent', 'slots', 'exception', 'refund', 'session-ended', 'isp'] as const;
