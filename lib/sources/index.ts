export { listSources, getSource } from "./read";
export { createSource, updateSource, rateSource, findDuplicateSource } from "./write";
export { SOURCE_TYPES } from "./schemas";
