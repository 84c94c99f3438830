package org.staffroomwarden.store;

import java.nio.file.Path;

/** Holds the database in the folder given open, in its own process, until standard input closes. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.openEmbedded(Path.of(args[0]), 2);
                var connection = database.connection()) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to finish
            }
        }
    }
}
