package org.staffroomwarden.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which waiting alerts go together as burst posts. A lane keeps its order: only a run of
 * untried incident alerts with nothing else of the lane between them is bundled, and the burst
 * takes its first alert's place. A lane held back by an item waiting for its retry is left alone,
 * so its alerts gather until it moves. An alert already tried stays on its own: its post may have
 * reached Discord under its own nonce.
 */
public final class BurstPlanner {

    private final int threshold;

    /** @param threshold runs of more untried alerts than this are bundled; 0 for never */
    public BurstPlanner(int threshold) {
        this.threshold = threshold;
    }

    /** The bursts to keep, each its alerts in order. */
    public List<List<Alert>> plan(List<Queued> queue, Set<String> heldLanes) {
        List<List<Alert>> bursts = new ArrayList<>();
        if (threshold == 0) {
            return bursts;
        }
        Map<String, List<Alert>> runs = new LinkedHashMap<>();
        for (Queued queued : queue) {
            String lane = queued.item().lane();
            if (heldLanes.contains(lane)) {
                continue;
            }
            if (queued.item() instanceof Alert alert && !queued.tried()) {
                runs.computeIfAbsent(lane, l -> new ArrayList<>()).add(alert);
            } else {
                end(runs.remove(lane), bursts);
            }
        }
        runs.values().forEach(run -> end(run, bursts));
        return bursts;
    }

    private void end(List<Alert> run, List<List<Alert>> bursts) {
        if (run != null && run.size() > threshold) {
            bursts.addAll(split(run));
        }
    }

    /** Posts of at most {@link BurstCard#MOST} alerts and {@link BurstCard#BUDGET} characters, evenly filled. */
    static List<List<Alert>> split(List<Alert> run) {
        int posts = (run.size() + BurstCard.MOST - 1) / BurstCard.MOST;
        int most = (run.size() + posts - 1) / posts;
        List<List<Alert>> split = new ArrayList<>();
        List<Alert> post = new ArrayList<>();
        int size = 0;
        for (Alert alert : run) {
            int more = BurstCard.size(alert);
            if (!post.isEmpty() && (post.size() == most || size + more > BurstCard.BUDGET)) {
                split.add(post);
                post = new ArrayList<>();
                size = 0;
            }
            post.add(alert);
            size += more;
        }
        split.add(post);
        return split;
    }
}
