import type { Topic } from '../schemas/article.ts';

const labels: Record<Topic, string> = {
	basics: 'The system',
	'health-insurance': 'Health insurance card',
	adoption: 'Adoption figures',
	security: 'Data breaches and errors',
	'fact-check': 'Fact-check',
};

export function topicLabel(topic: Topic): string {
	return labels[topic];
}
