export const name = 'alexa-shopping-conformance';
