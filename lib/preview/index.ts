// View-models for the preview (¿Quién atiende?): pure, shared by the server render, the browser and tests.
export * from './time'
export * from './timeline'
export * from './overview'
export * from './weekdays'
export * from './relative'
export * from './page-data'
