// What the widget bundles besides the catalogue: the engine, the journey codec and the unpacker.
export { answerQuestion, currentStep, goBack, outcomeOf, startJourney } from '@vigie/diagnostic/engine';
export { deserializeJourney, serializeJourney } from '@vigie/diagnostic/journey-codec';
export { unpackCatalogue } from '@vigie/diagnostic/pack';
