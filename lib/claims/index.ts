export { listClaims } from "./queries";
