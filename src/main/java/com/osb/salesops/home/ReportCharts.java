package com.osb.salesops.home;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import com.osb.salesops.home.SalesReport.Line;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of a mailed sales report, drawn with JFreeChart as PNG images, each as a
 * {@code data:} address that the outbox turns into an image attached to the mail. A chart
 * holds no words, so that it reads alike in every language: its heading is the mail's.
 */
final class ReportCharts {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 300;

	private ReportCharts() {
	}

	/** Orders taken in the period, line by line. */
	static String ordered(SalesReport report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		report.lines().forEach((line) -> data.addValue(line.ordered(), "Ordered (CNY)", line.name()));
		return png(ChartFactory.createBarChart(null, null, "CNY", data, PlotOrientation.VERTICAL, false, false, false));
	}

	/** Attainment of the quarter so far, line by line, for the lines with a quota. */
	static String attainment(SalesReport report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Line line : report.lines()) {
			if (line.attainmentPercent() != null) {
				data.addValue(line.attainmentPercent(), "Attainment (%)", line.name());
			}
		}
		return png(ChartFactory.createBarChart(null, null, "%", data, PlotOrientation.VERTICAL, false, false, false));
	}

	private static String png(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		ByteArrayOutputStream image = new ByteArrayOutputStream();
		try {
			ChartUtils.writeChartAsPNG(image, chart, WIDTH, HEIGHT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(image.toByteArray());
	}

}
