package com.osb.salesops.masterdata.api;

import java.io.IOException;
import java.util.List;

import com.osb.salesops.masterdata.ImportRefused;
import com.osb.salesops.masterdata.ImportResult;
import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files a department starts with, imported by sales ops as CSV (UTF-8, with or
 * without a byte order mark, or GBK when declared as {@code ?encoding=GBK} or by the
 * charset of the content type) and exported as UTF-8 with a byte order mark. A file with
 * a problem is refused whole, naming every line and column at fault.
 */
@RestController
class ImportController {

	private static final List<String> IMPORTERS = List.of(Roles.SALES_OPS);

	private static final List<String> EXPORTERS = List.of(Roles.SALES_OPS, Roles.FINANCE);

	private final MasterDataImports imports;

	private final CurrentUser user;

	ImportController(MasterDataImports imports, CurrentUser user) {
		this.imports = imports;
		this.user = user;
	}

	@PostMapping(path = "/api/imports/{file}", consumes = { "text/csv", "text/plain" })
	ImportResult importCsv(@PathVariable String file, @RequestParam(required = false) String encoding,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) byte[] csv) {
		return importFile(file, csv, encoding, contentType);
	}

	@PostMapping(path = "/api/imports/{file}", consumes = "multipart/form-data")
	ImportResult importUpload(@PathVariable String file, @RequestParam(required = false) String encoding,
			@RequestPart(name = "file", required = false) MultipartFile upload) throws IOException {
		return importFile(file, (upload != null) ? upload.getBytes() : null, encoding,
				(upload != null) ? upload.getContentType() : null);
	}

	@GetMapping(path = "/api/imports/{file}", produces = "text/csv")
	ResponseEntity<byte[]> export(@PathVariable String file) {
		this.user.requireAnyRole(EXPORTERS);
		String known = this.imports.known(file).orElseThrow(() -> noSuchFile(file));
		return CsvFiles.download(known + ".csv", this.imports.export(known));
	}

	private ImportResult importFile(String file, byte[] csv, String encoding, String contentType) {
		this.user.requireAnyRole(IMPORTERS);
		String known = this.imports.known(file).orElseThrow(() -> noSuchFile(file));
		if (csv == null || csv.length == 0) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "file-as-body",
					"Send the file as the request body", List.of(FieldError.of("file", "empty", "is empty")));
		}
		try {
			return this.imports.importFile(known, CsvFiles.read(csv, encoding, contentType), this.user.id());
		}
		catch (ImportRefused refused) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "import-refused",
					"The file has {0} problem(s); nothing was imported",
					refused.problems()
						.stream()
						.map((problem) -> new FieldError(
								"line[" + problem.line() + "]"
										+ ((problem.column() != null) ? "." + problem.column() : ""),
								problem.text(), problem.code()))
						.toList(),
					refused.problems().size());
		}
	}

	private static NotFoundException noSuchFile(String file) {
		return NotFoundException.of("no-such-import", "There is no import ''{0}''; the files are {1}", file,
				MasterDataImports.FILES);
	}

}
