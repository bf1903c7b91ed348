export * from './calendar-date';
export * from './clienttrack-text';
export * from './annual-window';
export * from './age';
