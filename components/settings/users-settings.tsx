"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createUserAction, disableUserAction, listUsersAction, updateUserAction } from "@/lib/actions/admin";
import { unwrap } from "@/lib/actions/unwrap";
import { createUserInputSchema, userRoleSchema, type UserObject, type UserRole } from "@/lib/schemas/user";
import { Button, inputClass, labelClass } from "../ui/button";
import { ErrorState } from "../ui/states";

const ROLE_HELP: Record<UserRole, string> = {
  admin: "everything, including keys, users and webhooks",
  reviewer: "contractors, uploads, approvals and denials",
  viewer: "read only",
};

export function UsersSettings({ initial, canManage, currentUserId }: { initial: UserObject[]; canManage: boolean; currentUserId: string }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ["users"], queryFn: () => unwrap(listUsersAction()), initialData: initial });
  const [formError, setFormError] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["users"] });
  const create = useMutation({ mutationFn: (input: Parameters<typeof createUserAction>[0]) => unwrap(createUserAction(input)), onSuccess: refresh });
  const update = useMutation({ mutationFn: ({ id, role }: { id: string; role: UserRole }) => unwrap(updateUserAction(id, { role })), onSuccess: refresh });
  const disable = useMutation({ mutationFn: (id: string) => unwrap(disableUserAction(id)), onSuccess: refresh });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = createUserInputSchema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) return setFormError(`${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}`);
    setFormError(null);
    create.mutate(parsed.data, { onSuccess: () => form.reset() });
  }
  const error = formError ?? (create.error ?? update.error ?? disable.error)?.message;
  return (
    <section className="space-y-4">
      <ul className="text-sm text-slate-800">
        {userRoleSchema.options.map((r) => <li key={r}><span className="font-semibold">{r}</span>: {ROLE_HELP[r]}</li>)}
      </ul>
      {canManage ? (
        <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
          <div><label htmlFor="user-email" className={labelClass}>Email</label><input id="user-email" name="email" type="email" required className={inputClass} /></div>
          <div><label htmlFor="user-name" className={labelClass}>Name</label><input id="user-name" name="name" className={inputClass} /></div>
          <div><label htmlFor="user-password" className={labelClass}>Initial password</label><input id="user-password" name="password" type="password" autoComplete="new-password" required className={inputClass} /></div>
          <div>
            <label htmlFor="user-role" className={labelClass}>Role</label>
            <select id="user-role" name="role" defaultValue="reviewer" className={inputClass}>
              {userRoleSchema.options.map((r) => <option key={r} value={r}>{r}</option>)}
            </select>
          </div>
          <Button type="submit" variant="primary" disabled={create.isPending}>Add user</Button>
        </form>
      ) : (
        <p className="text-sm text-slate-800">Only admins can add users or change roles.</p>
      )}
      {error && <ErrorState message={error} />}
      {query.isError && <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {query.data.map((u) => (
          <li key={u.id} data-user-email={u.email} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <span>
              <span className="font-medium">{u.email}</span>
              {u.name && ` · ${u.name}`}
              {u.disabled && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-900">Disabled</span>}
            </span>
            <span className="flex items-center gap-2">
              <label htmlFor={`role-${u.id}`} className="sr-only">Role of {u.email}</label>
              <select
                id={`role-${u.id}`}
                value={u.role}
                disabled={!canManage || Boolean(u.disabled) || update.isPending}
                onChange={(e) => update.mutate({ id: u.id, role: e.target.value as UserRole })}
                className="rounded border border-slate-400 bg-white px-2 py-1"
              >
                {userRoleSchema.options.map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
              {canManage && !u.disabled && u.id !== currentUserId && (
                <Button onClick={() => confirm(`Disable ${u.email}? They can no longer sign in.`) && disable.mutate(u.id)} aria-label={`Disable ${u.email}`}>Disable</Button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
