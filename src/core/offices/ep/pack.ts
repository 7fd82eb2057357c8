import { OfficePack } from "../office-pack";
import { epLateFee } from "./late-fee";
import { epSchedule } from "./schedule";

/** The EPO while a European application is pending: renewal fees from the 3rd year to the grant year. */
export const EP_PACK: OfficePack = {
  code: "EP",
  currency: "EUR",
  kinds: ["application"],
  schedule: (right) => epSchedule(right),
  lateFee: (fee, due, paid, entity) => epLateFee(fee, due, paid, entity),
};
