package org.staffroomwarden.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.staffroomwarden.simulator.SimChannel;
import org.staffroomwarden.simulator.SimGuild;
import org.staffroomwarden.simulator.SimInteraction;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimResponse;
import org.staffroomwarden.simulator.SimUser;
import org.staffroomwarden.simulator.SimulatedDiscord;

/** People using the bot's commands and buttons in the demo, and the bot's answers. */
final class Interactions {

    private final SimulatedDiscord discord;
    private final Duration limit;

    Interactions(SimulatedDiscord discord, Duration limit) {
        this.discord = discord;
        this.limit = limit;
    }

    /** A slash command: the bot defers at once, then gives its answer. */
    SimResponse command(SimGuild guild, SimChannel channel, SimUser user, String command, String subcommand,
            Map<String, Object> options) throws InterruptedException, TimeoutException {
        SimInteraction interaction = discord.runCommand(guild, channel, user, command, subcommand, options);
        List<SimResponse> responses = interaction.awaitResponses(2, limit);
        return responses.get(responses.size() - 1);
    }

    /** A button: the bot defers the update, then edits the message or answers privately. */
    SimResponse press(SimMessage message, SimUser user, String customId) throws InterruptedException, TimeoutException {
        SimInteraction interaction = discord.clickButton(message, user, customId);
        List<SimResponse> responses = interaction.awaitResponses(2, limit);
        return responses.get(responses.size() - 1);
    }

    String button(SimMessage message, String label) {
        return discord.message(message.id()).buttons().stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no button " + label)).customId();
    }
}
