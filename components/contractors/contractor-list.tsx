"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { listContractorsAction } from "@/lib/actions/contractors";
import { unwrap } from "@/lib/actions/unwrap";
import type { ListPage } from "@/lib/api-client";
import { SELECTORS } from "@/lib/constants/selectors";
import { contractorName, personName } from "@/lib/format";
import type { Contractor } from "@/lib/schemas/contractor";
import { Button, inputClass, labelClass } from "../ui/button";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { LatestStatus, NearestExpiration } from "./compliance-cell";

type Cursor = { starting_after?: string; ending_before?: string };

const isBusy = (page?: ListPage<Contractor>) => page?.data.some((c) => c.compliance?.status === "pending" || c.compliance?.status === "processing");

export function ContractorList({ initial }: { initial: ListPage<Contractor> }) {
  const [searchInput, setSearchInput] = useState("");
  const [search, setSearch] = useState("");
  const [cursor, setCursor] = useState<Cursor>({});
  useEffect(() => {
    const t = setTimeout(() => {
      setSearch(searchInput.trim());
      setCursor({});
    }, 250);
    return () => clearTimeout(t);
  }, [searchInput]);

  const isFirstPage = !search && !cursor.starting_after && !cursor.ending_before;
  const query = useQuery({
    queryKey: ["contractors", search, cursor],
    queryFn: () => unwrap(listContractorsAction({ search, ...cursor })),
    initialData: isFirstPage ? initial : undefined,
    placeholderData: keepPreviousData,
    // Compliance badges follow certificates as they are read.
    refetchInterval: (q) => (isBusy(q.state.data) ? 1500 : false),
  });
  const page = query.data;
  // With ending_before the API says whether more lie before; the way forward is always open then.
  const hasNext = cursor.ending_before ? true : Boolean(page?.has_more);
  const hasPrevious = Boolean(cursor.starting_after) || Boolean(cursor.ending_before && page?.has_more);

  return (
    <div className="space-y-4">
      <div className="max-w-md">
        <label htmlFor="contractor-search" className={labelClass}>
          Search contractors
        </label>
        <input
          id="contractor-search"
          data-testid={SELECTORS.contractorSearch}
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder="Name, company or email"
          className={inputClass}
        />
      </div>
      {query.isError ? (
        <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
      ) : !page ? (
        <LoadingState label="Loading contractors…" />
      ) : page.data.length === 0 ? (
        <EmptyState title={search ? `No contractor matches “${search}”` : "No contractors yet"}>
          {search ? "Try part of a name, a company or an email." : "Create the first one to start collecting certificates."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[720px] text-left text-sm">
            <caption className="sr-only">Contractors and their compliance</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-800">
              <tr>
                <th scope="col" className="p-3 font-semibold">Contractor</th>
                <th scope="col" className="p-3 font-semibold">Email</th>
                <th scope="col" className="p-3 font-semibold">Latest certificate</th>
                <th scope="col" className="p-3 font-semibold">Nearest expiration</th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((c) => (
                <tr key={c.id} data-testid={SELECTORS.contractorRow} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
                  <td className="p-3">
                    <Link href={`/contractors/${c.id}`} className="font-medium text-brand underline-offset-2 hover:underline">
                      {contractorName(c)}
                    </Link>
                    {c.company_name && personName(c) && <div className="text-xs text-slate-700">{personName(c)}</div>}
                  </td>
                  <td className="p-3 text-slate-800">{c.email}</td>
                  <td className="p-3"><LatestStatus compliance={c.compliance} /></td>
                  <td className="p-3"><NearestExpiration compliance={c.compliance} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Contractor pages" className="flex gap-2">
        <Button disabled={!hasPrevious || !page} onClick={() => page && setCursor({ ending_before: page.data[0]?.id })}>
          ← Previous
        </Button>
        <Button disabled={!hasNext || !page} onClick={() => page && setCursor({ starting_after: page.data.at(-1)?.id })}>
          Next →
        </Button>
      </nav>
    </div>
  );
}
