package com.osb.salesops.masterdata;

/**
 * What an import did.
 *
 * @param file which file: organisation, customers or products
 * @param rows rows in the file
 * @param created rows that were new
 * @param updated rows that changed something
 * @param unchanged rows already as the file says
 */
public record ImportResult(String file, int rows, int created, int updated, int unchanged) {

}
