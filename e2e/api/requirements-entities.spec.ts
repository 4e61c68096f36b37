import { expect, standardRules, test } from "../support/fixtures";

test.describe("insurance requirements and entities", () => {
  test("the first requirement becomes the default; making another default unsets it", async ({ api }) => {
    const first = await api.createRequirement({ name: "Standard" });
    expect(first).toMatchObject({ name: "Standard", is_default: true, rules: standardRules() });
    expect(first.id).toMatch(/^ir_/);
    const second = await api.createRequirement({ name: "Strict", is_default: true });
    expect(second.is_default).toBe(true);
    expect((await api.json(api.get(`/insurance_requirements/${first.id}`), 200)).is_default).toBe(false);
    const defaults = await api.json(api.get("/insurance_requirements?is_default=true"), 200);
    expect(defaults.data.map((r: { id: string }) => r.id)).toEqual([second.id]);
    await api.json(api.put(`/insurance_requirements/${first.id}`, { is_default: true }), 200);
    const again = await api.json(api.get("/insurance_requirements?is_default=true&limit=100"), 200);
    expect(again.data.map((r: { id: string }) => r.id)).toEqual([first.id]);
  });

  test("rules are validated with the path of the mistake", async ({ api }) => {
    const typo = await api.json(
      api.post("/insurance_requirements", {
        name: "Typo",
        rules: { coverages: { commercial_general_liability: { limits: { each_occurence_dollars: 1000000 } } } },
      }),
      400,
    );
    expect(typo.error_code).toBe("invalid_input");
    expect(typo.message).toContain("rules.coverages.commercial_general_liability.limits");
    const negative = await api.json(
      api.post("/insurance_requirements", { name: "Neg", rules: { min_days_until_expiration: -3 } }),
      400,
    );
    expect(negative.message).toContain("min_days_until_expiration");
    // form bodies carry rules as a JSON string
    const form = await api.json(api.postForm("/insurance_requirements", { name: "Form", rules: JSON.stringify({ signature_required: true }) }), 201);
    expect(form.rules).toEqual({ signature_required: true });
  });

  test("entities point at a requirement of the same organization; other organizations see 404", async ({ api, freshApi }) => {
    const requirement = await api.createRequirement({ name: "Entity req", is_default: false });
    const entity = await api.json(api.post("/entities", { name: "East region", insurance_requirement: requirement.id }), 201);
    expect(entity).toMatchObject({ name: "East region", insurance_requirement: requirement.id });
    expect(entity.id).toMatch(/^en_/);
    const contractor = await api.createContractor({ entity: entity.id });
    expect(contractor.entity).toBe(entity.id);

    const other = freshApi();
    expect((await other.json(other.get(`/entities/${entity.id}`), 404)).error_code).toBe("resource_not_found");
    expect((await other.json(other.get(`/insurance_requirements/${requirement.id}`), 404)).error_code).toBe("resource_not_found");
    const foreign = await other.json(other.post("/entities", { name: "Sneaky", insurance_requirement: requirement.id }), 400);
    expect(foreign.error_code).toBe("invalid_input");
    const foreignContractor = await other.json(other.post("/contractors", { email: "x@example.com", entity: entity.id }), 400);
    expect(foreignContractor.error_code).toBe("invalid_input");

    const inUse = await api.json(api.del(`/insurance_requirements/${requirement.id}`), 400);
    expect(inUse.message).toContain(entity.id);
    expect(await api.json(api.del(`/contractors/${contractor.id}`), 200)).toEqual({ id: contractor.id, deleted: true });
    expect(await api.json(api.del(`/entities/${entity.id}`), 200)).toEqual({ id: entity.id, deleted: true });
    await api.json(api.get(`/entities/${entity.id}`), 404);
  });
});
