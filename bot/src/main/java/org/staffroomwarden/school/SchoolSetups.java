package org.staffroomwarden.school;

import java.util.Map;
import java.util.Optional;

/** Where {@code /warden setup} and {@code /warden school} are kept. */
public interface SchoolSetups {

    Optional<SchoolSetup> setup(long homeGuildId);

    /** Stores the non-zero values of {@code setup} over what was there. */
    void save(SchoolSetup setup, long byUserId);

    /** Each group given a school with {@code /warden school}: group id to home server id. */
    Map<Long, Long> assignments();

    void assign(long groupId, long homeGuildId);
}
