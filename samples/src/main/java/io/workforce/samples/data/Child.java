package io.workforce.samples.data;

/**
 * A child under three with the guardian who applies for the childcare subsidy (育儿补贴) for them.
 *
 * @param child the child (phone empty)
 * @param guardian the applying parent
 * @param relation 父亲 or 母亲
 * @param address household registration address (户籍地址)
 */
public record Child(Person child, Person guardian, String relation, Address address) {}
