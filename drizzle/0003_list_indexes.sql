DROP INDEX "audit_log_list_idx";--> statement-breakpoint
DROP INDEX "audit_log_actor_idx";--> statement-breakpoint
DROP INDEX "audit_log_target_idx";--> statement-breakpoint
DROP INDEX "certificates_list_idx";--> statement-breakpoint
DROP INDEX "certificates_contractor_idx";--> statement-breakpoint
DROP INDEX "certificates_status_idx";--> statement-breakpoint
DROP INDEX "contractors_list_idx";--> statement-breakpoint
DROP INDEX "entities_list_idx";--> statement-breakpoint
DROP INDEX "events_list_idx";--> statement-breakpoint
DROP INDEX "insurance_requirements_list_idx";--> statement-breakpoint
DROP INDEX "webhook_deliveries_endpoint_idx";--> statement-breakpoint
DROP INDEX "webhook_endpoints_list_idx";--> statement-breakpoint
CREATE INDEX "certificates_review_queue_idx" ON "certificates" USING btree ("organization_id","created_at","id") WHERE "certificates"."status" in ('flagged', 'error') and "certificates"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "audit_log_list_idx" ON "audit_log" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("organization_id","actor","created_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("organization_id","target_id","created_at","id");--> statement-breakpoint
CREATE INDEX "certificates_list_idx" ON "certificates" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "certificates_contractor_idx" ON "certificates" USING btree ("organization_id","contractor_id","created_at","id");--> statement-breakpoint
CREATE INDEX "certificates_status_idx" ON "certificates" USING btree ("organization_id","status","created_at","id") WHERE "certificates"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "contractors_list_idx" ON "contractors" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "entities_list_idx" ON "entities" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "events_list_idx" ON "events" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "insurance_requirements_list_idx" ON "insurance_requirements" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("organization_id","endpoint_id","created_at","id");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_list_idx" ON "webhook_endpoints" USING btree ("organization_id","created_at","id");