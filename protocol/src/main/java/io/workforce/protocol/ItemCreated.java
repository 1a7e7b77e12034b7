package io.workforce.protocol;

/**
 * Answer to adding an item.
 *
 * @param id the new item's id, or for a duplicate the existing item's id
 * @param duplicate true when an item with the same reference already existed and nothing was added
 */
public record ItemCreated(long id, boolean duplicate) {}
