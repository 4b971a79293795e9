# flow: messages of the workflow outputs in src/render (dunning, recurring, daily, imports, exports, reconcile, offers, deliveries, audit, backup, tasks).
