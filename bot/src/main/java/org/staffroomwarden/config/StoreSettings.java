package org.staffroomwarden.config;

import java.nio.file.Path;

/**
 * @param dataDir the folder of the embedded database
 * @param poolSize the most connections open at once
 * @param retention how long incidents, digests and fixed breaches are kept
 */
public record StoreSettings(Path dataDir, int poolSize, java.time.Duration retention) {
}
