// What the widget bundles besides the catalogue: the engine, the journey codec, the unpacker and
// the joiner of the outcome texts to the journey part.
export { answerQuestion, currentStep, goBack, outcomeOf, startJourney } from '@vigie/diagnostic/engine';
export { deserializeJourney, serializeJourney } from '@vigie/diagnostic/journey-codec';
export { joinPackedCatalogue, unpackCatalogue } from '@vigie/diagnostic/pack';
