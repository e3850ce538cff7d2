// DiacriticRestorer
