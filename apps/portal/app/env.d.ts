/// <reference types="vite/client" />

declare module '@gouvfr/dsfr/dist/dsfr.module.min.js';
