# ops: messages of src/ops (see src/i18n/mod.rs).
