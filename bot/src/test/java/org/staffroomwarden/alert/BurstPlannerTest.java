package org.staffroomwarden.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyRule;

/** Which waiting alerts go together: runs of one lane's untried alerts, longer than the threshold. */
class BurstPlannerTest {

    private static final Instant NOW = SampleAlerts.SENT;

    private static Queued waiting(Outgoing item) {
        return new Queued(item, 0, NOW);
    }

    private static List<Queued> alerts(long from, long to, long groupId) {
        return LongStream.rangeClosed(from, to).mapToObj(id -> waiting(SampleAlerts.alert(id, groupId))).toList();
    }

    private static List<List<Long>> ids(List<List<Alert>> bursts) {
        return bursts.stream().map(b -> b.stream().map(Alert::outboxId).toList()).toList();
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void moreThanTheThresholdAreBundledAndNoMore() {
        BurstPlanner planner = new BurstPlanner(5);
        assertEquals(List.of(), planner.plan(alerts(1, 5, 1), Set.of()), "five waiting: five cards");
        assertEquals(List.of(range(1, 6)), ids(planner.plan(alerts(1, 6, 1), Set.of())));
        assertEquals(List.of(), new BurstPlanner(0).plan(alerts(1, 40, 1), Set.of()), "0 turns bundling off");
    }

    @Test
    void eachGroupIsJudgedOnItsOwnAndOtherLanesDoNotBreakARun() {
        List<Queued> queue = new ArrayList<>();
        for (long id = 1; id <= 8; id++) {
            queue.add(waiting(SampleAlerts.alert(id, 1)));
            queue.add(waiting(SampleAlerts.alert(100 + id, id % 2 == 0 ? 2 : 3)));
            queue.add(waiting(new AuthorNudge(200 + id, id, "Year 4", 7, new PolicyRule("r", Concern.PERSONAL_DATA,
                    "t", "s"), SampleAlerts.alert(id).message())));
        }
        assertEquals(List.of(range(1, 8)), ids(new BurstPlanner(5).plan(queue, Set.of())),
                "groups 2 and 3 have four each; the nudges are private words in their own lane");
    }

    @Test
    void anythingElseOfTheLaneOrATriedAlertEndsTheRunSoTheOrderHolds() {
        List<Queued> queue = new ArrayList<>(alerts(1, 3, 1));
        queue.add(waiting(new BreachAlert(4, 40, 1, "Year 4", new PolicyRule("r", Concern.ADMINS_SHARED, "t", "s"),
                "one admin", "add one", NOW, Optional.empty(), 0)));
        queue.addAll(alerts(5, 10, 1));
        queue.add(new Queued(SampleAlerts.alert(11), 1, NOW));
        queue.addAll(alerts(12, 14, 1));
        assertEquals(List.of(range(5, 10)), ids(new BurstPlanner(5).plan(queue, Set.of())),
                "three before the breach alert, three after the tried alert: not bundled");
    }

    @Test
    void aHeldLaneIsLeftToGatherUntilItMoves() {
        List<Queued> queue = new ArrayList<>();
        queue.add(new Queued(SampleAlerts.alert(1), 1, NOW.plusSeconds(30)));
        queue.addAll(alerts(2, 9, 1));
        queue.addAll(alerts(10, 17, 2));
        assertEquals(List.of(range(10, 17)), ids(new BurstPlanner(5).plan(queue, Set.of("slt:1"))));
    }

    @Test
    void longRunsAreSplitEvenlyIntoPostsOfAtMostTwentyInOrder() {
        assertEquals(List.of(range(1, 11), range(12, 21)), ids(BurstPlanner.split(alerts(1, 21, 1).stream()
                .map(q -> (Alert) q.item()).toList())));
        assertEquals(List.of(range(1, 15), range(16, 30), range(31, 45)), ids(BurstPlanner.split(alerts(1, 45, 1)
                .stream().map(q -> (Alert) q.item()).toList())));
    }

    @Test
    void longAlertsMakeMorePostsEachWithinTheBudget() {
        List<Alert> run = LongStream.rangeClosed(1, 40).mapToObj(SampleAlerts::longest).toList();
        List<List<Alert>> posts = BurstPlanner.split(run);
        assertTrue(posts.size() > 2, "more than twenty to a post would not fit: " + posts.size());
        assertEquals(run, posts.stream().flatMap(List::stream).toList(), "every alert once, in order");
        for (List<Alert> post : posts) {
            assertTrue(post.stream().mapToInt(BurstCard::size).sum() <= BurstCard.BUDGET);
        }
    }
}
