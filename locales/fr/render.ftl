# render: messages of src/render (see src/i18n/mod.rs).
