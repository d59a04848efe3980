// The names are shared with the spreadsheets and documents the API makes.
export * from '../../../shared/schemas/names';
