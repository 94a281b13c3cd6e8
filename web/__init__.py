"""The researcher's page (`paragraf serve`): a read-only web application over the warehouse."""
