package io.workforce.protocol;

import java.util.List;

/**
 * Answer to {@link NewItems}: one entry per item sent, in the same order.
 *
 * @param items each item's id; {@code duplicate} when its reference was already in the queue (or
 *     earlier in the same call) and nothing was added for it
 */
public record ItemsCreated(List<ItemCreated> items) {}
