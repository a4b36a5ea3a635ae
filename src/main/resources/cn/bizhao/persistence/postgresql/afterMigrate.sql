-- PostgreSQL only, after every migration: scans and photos are JPEG/PDF, already compressed, so they
-- are kept out of line uncompressed; a piece read with substring() then fetches only its own pages
-- instead of the whole value (decision 0011). Changing it again is harmless.
ALTER TABLE stored_file ALTER COLUMN content SET STORAGE EXTERNAL;
