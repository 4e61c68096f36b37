import { contractorSchema, type CreateContractorInput, type UpdateContractorInput } from "../schemas/contractor";
import { listOf, type ListQuery, type Transport } from "./core";

export type ListContractorsQuery = ListQuery & { search?: string; email?: string; ids?: string[]; withCompliance?: boolean };

const contractorList = listOf(contractorSchema);

export function contractorsClient(t: Transport) {
  const path = (id: string) => `/contractors/${encodeURIComponent(id)}`;
  return {
    list: ({ ids, withCompliance, ...query }: ListContractorsQuery = {}) =>
      t.request(contractorList, "GET", "/contractors", {
        query: { ...query, ids: ids?.join(","), "expand[]": withCompliance ? ["compliance"] : undefined },
      }),
    get: (id: string, withCompliance = false) =>
      t.request(contractorSchema, "GET", path(id), { query: { "expand[]": withCompliance ? ["compliance"] : undefined } }),
    create: (input: CreateContractorInput) => t.request(contractorSchema, "POST", "/contractors", { body: input }),
    update: (id: string, input: UpdateContractorInput) => t.request(contractorSchema, "PUT", path(id), { body: input }),
  };
}
