# domain: messages of src/domain (see src/i18n/mod.rs).
