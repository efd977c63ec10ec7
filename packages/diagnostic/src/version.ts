/** Version of the diagnostic catalogue; bumped on every change of threats, questions or advice. */
export const CATALOGUE_VERSION = '1.1.0';
