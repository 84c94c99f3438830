package org.staffroomwarden.config;

import java.nio.file.Path;

/**
 * @param dataDir the folder of the embedded database
 * @param poolSize the most connections open at once
 */
public record StoreSettings(Path dataDir, int poolSize) {
}
